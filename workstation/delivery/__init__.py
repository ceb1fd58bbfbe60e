"""Delivery: the outbox sender and its transports, and the e-mail request inbox.

* :mod:`~workstation.delivery.sender` claims queued messages and sends them, at least once
  and with a stable Message-ID, retrying with backoff;
* :mod:`~workstation.delivery.compose`, :mod:`~workstation.delivery.smtp` and
  :mod:`~workstation.delivery.courier` make a message into an e-mail and hand it to the
  SMTP server, an e-mail-to-fax or e-mail-to-SMS gateway, or a fax server's spool folder;
* :mod:`~workstation.delivery.inbox` reads the contact center's mailbox (IMAP or Maildir)
  into the e-mail queue, matched to customers and threaded;
* :mod:`~workstation.delivery.outbox_operations` and
  :mod:`~workstation.delivery.email_operations` are the agents' operations on both.

Nothing here imports Qt; the workstation runs the sender and the poller in the background.
"""
