"""One function per thing a person does with Standfast; the command line and the web app call these.

Interfaces (``*/commands.py``, ``web/routes``) only translate input and output. Each service asks
``standfast.safeguarding`` before it stores, shows, copies or exports, works through the concerns
(ingest, analyze, takedown, reports) and the vault, and leaves the custody entry to the layer below
it: the services and the concerns are the only code that writes the custody log.

Modules, one per area:

- ``cases``     create a case, set its age / country / title, close and reopen, save the interview
- ``evidence``  add files, streams, notes and addresses; mark intimate; withdraw, restore, delete;
                open, preview or copy an item's bytes; verify the vault; its quarantine
- ``imports``   import a chat or mail export
- ``analysis``  analyse an item and record the verdict; keep a checked message and analyse it
- ``exports``   export a case, build the evidence package, the PDF report
- ``takedown``  hash a case's images, hash files in place, scan a folder, hash lists
- ``tracker``   reports sent and their clocks and answers, reminders, payments made, notices, hand-offs,
                legal options
- ``helpline``  the helpline operator's actions: create, staff, import a hand-over, audit, retention
"""

from __future__ import annotations

from standfast.services import analysis, cases, evidence, exports, helpline, imports, takedown, tracker

__all__ = ["analysis", "cases", "evidence", "exports", "helpline", "imports", "takedown", "tracker"]
