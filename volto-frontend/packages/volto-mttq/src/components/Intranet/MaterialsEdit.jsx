import React from "react";
import { defineMessages, useIntl } from "react-intl";

const messages = defineMessages({
  placeholder: {
    id: "mttq-materials-edit",
    defaultMessage:
      "Thư viện tài liệu tập huấn: tìm kiếm, lọc theo loại và chủ đề, hiển thị khi xem trang.",
  },
});

/** In the editor the block only says what it shows: the list needs the page's address. */
const MaterialsEdit = () => {
  const intl = useIntl();
  return (
    <p className="mttq-materials-edit">
      {intl.formatMessage(messages.placeholder)}
    </p>
  );
};

export default MaterialsEdit;
