"""EasyForm in Volto: the form as JSON schema, server-side submission.

collective.easyform only serialises saved data over REST; this package adds
``@easyform`` (GET: the form, POST: validate with easyform's own validators,
then run its actions) so Volto can render and submit EasyForm content.
"""
