"""New forms keep what citizens and cadres send.

easyform's default actions only mail each submission, so a form made in
Volto would have nothing for its editors' "saved data" table and exports.
A new form gets easyform's mailer plus a "save data" action; forms whose
actions were set already (the feedback and report forms set their own
afterwards) are left alone.
"""

from collective.easyform.config import ACTIONS_DEFAULT


ACTIONS_WITH_SAVED_DATA = """<?xml version="1.0" encoding="utf-8"?>
<model xmlns="http://namespaces.plone.org/supermodel/schema">
  <schema>
    <field name="mailer" type="collective.easyform.actions.Mailer">
      <title>Gửi thư</title>
      <description>Gửi nội dung biểu mẫu qua thư điện tử</description>
      <replyto_field>replyto</replyto_field>
      <subject_field>topic</subject_field>
    </field>
    <field name="du_lieu_da_gui" type="collective.easyform.actions.SaveData">
      <title>Dữ liệu đã gửi</title>
    </field>
  </schema>
</model>
"""


def keep_submissions(form, event):
    if getattr(form, "actions_model", None) in (None, "", ACTIONS_DEFAULT):
        form.actions_model = ACTIONS_WITH_SAVED_DATA
