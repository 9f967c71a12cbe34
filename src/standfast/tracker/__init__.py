"""Follow-through: reports sent, their clocks and answers, payments made, notices, hand-offs, legal options."""
