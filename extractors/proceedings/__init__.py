"""The structure of a paper: papers in a pack, meetings, agenda items, report headers, attendance."""
