"""The application core of Agent Workstation: everything but the widgets."""

APP_NAME = "agent-workstation"
