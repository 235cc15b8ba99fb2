"""Short news articles written for these tests (not taken from any outlet)."""

ARTICLES = [
    {
        "id": "harbour-1",
        "outlet": "Coast Courier",
        "date": "2025-06-02",
        "text": (
            "Ferry sailings resume after storm\n\n"
            "Harbour master Tova Lindqvist said on Monday that sailings would resume next week. "
            "\"The swell has dropped,\" Lindqvist told reporters.\n\n"
            "A port official said the repairs had cost more than expected. "
            "Mayor Daniel Okoro said the town would help the ferry company. "
            "\"We will not leave the islands cut off,\" he said."
        ),
    },
    {
        "id": "school-1",
        "outlet": "Coast Courier",
        "date": "2025-06-03",
        "text": (
            "New school opens its doors\n\n"
            "Head teacher Margaret Ellery said the new building was \"a gift to the whole town\". "
            "\"Our pupils waited six years for this,\" Ellery said on Tuesday.\n\n"
            "Councillor Peter Vance warned that the bus route still did not reach the school. "
            "A parent, who did not want to be named, said the car park was too small."
        ),
    },
    {
        "id": "budget-1",
        "outlet": "Valley Times",
        "date": "2025-06-04",
        "text": (
            "Council agrees budget after long debate\n\n"
            "Finance chief Ruth Adeyemi said the budget would protect libraries. "
            "\"Every branch stays open,\" Adeyemi said.\n\n"
            "Opposition leader Martin Hale said the plan was \"built on hope\". "
            "\"The numbers do not add up,\" he told the chamber. "
            "According to the Valley Audit Office, spending will rise by 4% next year."
        ),
    },
    {
        "id": "unicode-1",
        "outlet": "Valley Times",
        "date": None,
        "text": (
            "date 2025-05-30\n"
            "Café owners welcome the festival\n\n"
            "“We have never been this busy,” said José Núñez, who runs a café on the square. "
            "Organiser Chloé Martin said the festival would return in 2026 — “bigger than ever”."
        ),
    },
]
