"""The e-mail request inbox: read the mailbox, make each letter a request in the queue.

:mod:`.letters` reads a raw letter (whatever its encoding or structure), :mod:`.matching`
finds the customer, :mod:`.store` threads and stores it, :mod:`.sources` reads IMAP or a
Maildir, and :mod:`.poll` puts them together. A letter is marked done in the mailbox only
after it is committed to the database, and stored once by its Message-ID: a poll that dies
in between reads it again and skips it.
"""
