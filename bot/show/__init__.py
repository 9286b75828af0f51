"""Run-of-show: the plan, the scheduler, its announcements and its chat commands."""
