"""Periodic reports (báo cáo định kỳ) from the units to the province.

The province office defines report forms (EasyForms) and report periods
(``ReportPeriod``) in ``/noi-bo/bao-cao``; each unit that must report
submits the form once per period through ``<period>/@report`` and may revise
it until the due date. Submissions live in the period's annotations, never
as content: no listing, search or catalog door can show them, only the
services, which check the unit on the server.
"""
