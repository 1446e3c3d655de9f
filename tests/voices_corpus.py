"""Three short harbour articles written for the tests of the corpus's voices (the store's voices, the
Voices page, kept readings, the Parquet dataset): Ana Ruiz speaks in all three, Tom Weller in two; and a
voice name typed with markup, which must be shown as typed. Shared by tests in folders with and without
``__init__``: import it as ``tests.voices_corpus``."""

WALL = (
    "# Harbour wall\n\nThe mayor said the new harbour wall must be finished before winter. "
    "Fishermen doubt the wall will ever be built, said Ana Ruiz, a skipper from the old port. "
    "The council welcomed the plan, its spokesman Tom Weller said.\n"
)
COSTS = "# Harbour costs\n\nAna Ruiz said the harbour wall was a waste of money. Tom Weller said the council would pay for it gladly. Critics warned that the costs were rising.\n"
QUAY = "# Quay\n\nThe quay opened on Monday. Ana Ruiz said she feared the worst for the port.\n"
MARKUP = "<b>Mo</b> *Smith* [x](http://e.example) $1"

# The three as a corpus of two outlets, with one more voice on the quay: (title, source, date, text).
ARTICLES = [
    ("Harbour wall", "Harbour Post", "2026-03-01", WALL),
    ("Harbour costs", "Port Gazette", "2026-05-10", COSTS),
    ("Quay opens", "Port Gazette", "2026-06-02", QUAY.rstrip("\n") + " Bo Chan said the quay was a fine piece of work.\n"),
]

# Two more, for one voice's spellings across articles: "Tom J. Weller" is the Tom Weller of the three
# above; Rosa H. Bain and Rosa K. Bain are two people (their initials differ), so the "Rosa Bain" of the
# dredging article joins neither; "Bain" alone stays a voice of its own.
GATES = (
    "# Lock gates\n\nThe lock gates will open in May, Tom J. Weller said. Bain said the gates were too narrow. "
    "Rosa H. Bain, a pilot, said the river was too shallow. Rosa K. Bain, a dredger, said the port needed deeper water.\n"
)
DREDGING = "# Dredging\n\nThe river will be dredged in June, Rosa Bain said. Mr. Tom Weller said the work was overdue.\n"
