"""ReportLab building blocks shared by every document: fonts, fitted text, QR codes."""
