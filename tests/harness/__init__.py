"""A generality harness: invented reports rendered the way real ones are produced (Word with
narrow, borderless or merged tables; LibreOffice's PDF, HTML and Word output; text flattened,
hard-wrapped or turned into Markdown), each checked to bind and lint exactly as its source."""
