"""Words for the model's values inside sentences for people (they translate as Messages)."""

from __future__ import annotations

from focusgroup.domain.model import Role
from focusgroup.messages import Message

_ROLE_WORDS = {Role.EMPLOYEE: Message("employee"), Role.SUPERVISOR: Message("supervisor"),
               Role.MANAGER: Message("manager"), Role.OTHER: Message("other")}


def role_word(role: Role) -> str:
    """The role as a word in a sentence ("employee"); its value, for a role without one."""
    return _ROLE_WORDS.get(role, role.value)
