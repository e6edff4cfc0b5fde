"""What a person's role may not do in a pane: those actions are hidden when the pane is made (the server would
refuse them anyway). Applied by the main window itself, before the pane is first shown."""

from __future__ import annotations

from app.access import roles
from app.access.users import current_role
from app.audit.tables import BY_KEY

__all__ = ["current_role", "hide_for_role"]  # the window asks the role here: views reach app.access through audit

# pane key → actions a role below the one named may not use
PANE_LIMITS = {"certificates": {"add_action": "secretary", "reprint_action": "secretary",
                                "replace_action": "secretary", "renew_action": "secretary",
                                "delete_action": "secretary"},
               "meetings": {"add_action": "clerk", "delete_action": "clerk"}}
REGISTER_LIMITS = {"add_action": "clerk", "delete_action": "clerk", "renew_action": "clerk"}


def hide_for_role(role: str, key: str, pane) -> None:
    limits = PANE_LIMITS.get(key, REGISTER_LIMITS if key in BY_KEY else {})
    for name, needed in limits.items():
        action = getattr(pane, name, None)
        if action is not None and not roles.at_least(role, needed):
            action.setVisible(False)
