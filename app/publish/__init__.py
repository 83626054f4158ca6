"""一公开: publication export, follow-up, statistics, the summary report and the archive (issue 15)."""
