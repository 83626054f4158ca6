"""District work packages: the xlsx a district receives with its inspections and returns with results."""
