"""Widgets made of a form and a little logic, used by several screens or many times in one."""
