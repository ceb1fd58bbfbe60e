"""The subscriber card: one query per tab, each returning frozen view objects.

Widgets hold these views, never a session or an ORM object, so nothing lazy-loads on the
GUI thread and a view can be handed between threads.
"""

from workstation.card.billing import BillingView, load_billing
from workstation.card.header import CardHeader, LineNotFound, load_header
from workstation.card.history import HistoryView, load_history
from workstation.card.profile import ProfileView, load_profile
from workstation.card.services import ServicesView, load_services
from workstation.card.tariff import TariffView, load_tariff

__all__ = [
    "BillingView",
    "CardHeader",
    "HistoryView",
    "LineNotFound",
    "ProfileView",
    "ServicesView",
    "TariffView",
    "load_billing",
    "load_header",
    "load_history",
    "load_profile",
    "load_services",
    "load_tariff",
]
