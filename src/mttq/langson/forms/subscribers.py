"""New forms keep what citizens and cadres send.

easyform's default action only mails each submission: a form made in Volto
would have nothing for its editors' "saved data" table and exports, and
every submission would fail where the site has no mail server yet. A new
form saves its submissions instead; forms whose actions were set already
(the feedback and report forms set their own afterwards) are left alone.
"""

from collective.easyform.config import ACTIONS_DEFAULT


ACTIONS_SAVED_DATA = """<?xml version="1.0" encoding="utf-8"?>
<model xmlns="http://namespaces.plone.org/supermodel/schema">
  <schema>
    <field name="du_lieu_da_gui" type="collective.easyform.actions.SaveData">
      <title>Dữ liệu đã gửi</title>
    </field>
  </schema>
</model>
"""


def keep_submissions(form, event):
    if getattr(form, "actions_model", None) in (None, "", ACTIONS_DEFAULT):
        form.actions_model = ACTIONS_SAVED_DATA
