"""Citizens' feedback (phản ánh, kiến nghị): cases from each unit's form.

A submission of a unit's feedback form (an EasyForm marked ``IFeedbackForm``)
becomes a ``FeedbackCase`` in the unit's private "Phản ánh" folder, with a
reference number the citizen keeps to follow it.
"""
