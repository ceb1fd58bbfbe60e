"""Why a message was not delivered: its own fault, for now, or the service's.

The sender treats the three differently: a :class:`Rejected` message fails at once with
the reason; a :class:`Deferred` one is tried again later, until its attempts run out; a
:class:`ServiceUnavailable` (the server down, the login refused) is no message's fault, so
the message goes back to the queue uncounted and the run stops until the next one.
"""

from __future__ import annotations


class DeliveryError(Exception):
    """A message could not be delivered; ``str()`` is the reason kept as its last error."""


class Rejected(DeliveryError):
    """Permanent: a malformed address, a recipient refused, a file over the limit."""


class Deferred(DeliveryError):
    """Temporary, for this message: the server said to try later (4xx)."""


class ServiceUnavailable(DeliveryError):
    """The transport cannot be used now: connection, TLS or login failed."""
