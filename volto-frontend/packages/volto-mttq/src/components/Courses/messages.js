import { defineMessages } from 'react-intl';

// Messages of the course player (course, module, lesson and quiz pages).
export default defineMessages({
  loading: { id: 'mttq-loading', defaultMessage: 'Đang tải…' },
  outlineError: {
    id: 'mttq-player-outline-error',
    defaultMessage: 'Không tải được nội dung khóa học. Vui lòng thử lại.',
  },
  progress: {
    id: 'mttq-course-progress',
    defaultMessage: '{done}/{total} nội dung bắt buộc ({percent}%)',
  },
  mandatory: { id: 'mttq-course-mandatory', defaultMessage: 'Bắt buộc' },
  self: { id: 'mttq-course-self', defaultMessage: 'Tự ghi danh' },
  not_started: { id: 'mttq-course-not-started', defaultMessage: 'Chưa bắt đầu' },
  in_progress: { id: 'mttq-course-in-progress', defaultMessage: 'Đang học' },
  completed: { id: 'mttq-course-completed', defaultMessage: 'Đã hoàn thành' },
  certificate: {
    id: 'mttq-course-certificate',
    defaultMessage: 'Tải chứng nhận (PDF)',
  },
  notEnrolled: {
    id: 'mttq-player-not-enrolled',
    defaultMessage: 'Bạn chưa ghi danh vào khóa học này.',
  },
  noSelfEnrolment: {
    id: 'mttq-player-no-self-enrolment',
    defaultMessage:
      'Khóa học này không cho phép tự ghi danh. Liên hệ đơn vị của bạn nếu cần tham gia.',
  },
  enrol: { id: 'mttq-player-enrol', defaultMessage: 'Ghi danh khóa học' },
  enrolled: {
    id: 'mttq-player-enrolled',
    defaultMessage: 'Bạn đã ghi danh. Chúc bạn học tốt!',
  },
  start: { id: 'mttq-player-start', defaultMessage: 'Bắt đầu học' },
  resume: { id: 'mttq-my-learning-resume', defaultMessage: 'Học tiếp' },
  completedCourse: {
    id: 'mttq-player-course-completed',
    defaultMessage: 'Chúc mừng! Bạn đã hoàn thành khóa học.',
  },
  contents: { id: 'mttq-player-contents', defaultMessage: 'Nội dung khóa học' },
  lesson: { id: 'mttq-player-kind-lesson', defaultMessage: 'Bài học' },
  quiz: { id: 'mttq-player-kind-quiz', defaultMessage: 'Bài kiểm tra' },
  optional: { id: 'mttq-player-optional', defaultMessage: 'Không bắt buộc' },
  done: { id: 'mttq-player-done', defaultMessage: 'Đã học' },
  todo: { id: 'mttq-player-todo', defaultMessage: 'Chưa học' },
  passedBest: {
    id: 'mttq-player-passed-best',
    defaultMessage: 'Đã đạt ({best}%)',
  },
  notPassedBest: {
    id: 'mttq-player-not-passed-best',
    defaultMessage: 'Chưa đạt ({best}%)',
  },
  notTaken: { id: 'mttq-player-not-taken', defaultMessage: 'Chưa làm' },
  backToCourse: {
    id: 'mttq-player-back-to-course',
    defaultMessage: 'Khóa học: {title}',
  },
  previous: { id: 'mttq-player-previous', defaultMessage: 'Trước: {title}' },
  next: { id: 'mttq-player-next', defaultMessage: 'Tiếp theo: {title}' },
  itemNav: { id: 'mttq-player-item-nav', defaultMessage: 'Chuyển bài' },
  markDone: { id: 'mttq-player-mark-done', defaultMessage: 'Đánh dấu đã học' },
  lessonDone: {
    id: 'mttq-player-lesson-done',
    defaultMessage: 'Bạn đã học xong bài này.',
  },
  saving: { id: 'mttq-player-saving', defaultMessage: 'Đang lưu…' },
  actionError: {
    id: 'mttq-player-action-error',
    defaultMessage: 'Không thực hiện được. Vui lòng thử lại.',
  },
  video: { id: 'mttq-player-video', defaultMessage: 'Video bài giảng' },
  videoLink: {
    id: 'mttq-player-video-link',
    defaultMessage: 'Xem video bài giảng (mở trang mới)',
  },
  videoDownload: {
    id: 'mttq-player-video-download',
    defaultMessage: 'Tải video về máy',
  },
  attachments: { id: 'mttq-player-attachments', defaultMessage: 'Tài liệu kèm theo' },
  // Quiz
  rules: { id: 'mttq-quiz-rules', defaultMessage: 'Quy định làm bài' },
  passMark: {
    id: 'mttq-quiz-pass-mark',
    defaultMessage: 'Điểm đạt: {mark}% số câu trả lời đúng',
  },
  attemptsLimited: {
    id: 'mttq-quiz-attempts-limited',
    defaultMessage: 'Số lượt làm bài: đã dùng {used}/{max}, còn {left} lượt',
  },
  attemptsUnlimited: {
    id: 'mttq-quiz-attempts-unlimited',
    defaultMessage: 'Số lượt làm bài: không giới hạn (đã làm {used} lượt)',
  },
  timeLimit: {
    id: 'mttq-quiz-time-limit',
    defaultMessage:
      'Thời gian: {minutes} phút mỗi lượt; hết giờ bài làm được nộp tự động',
  },
  noTimeLimit: {
    id: 'mttq-quiz-no-time-limit',
    defaultMessage: 'Thời gian: không giới hạn',
  },
  alreadyPassed: {
    id: 'mttq-quiz-already-passed',
    defaultMessage: 'Bạn đã đạt bài kiểm tra này.',
  },
  startAttempt: { id: 'mttq-quiz-start', defaultMessage: 'Bắt đầu làm bài' },
  resumeAttempt: {
    id: 'mttq-quiz-resume',
    defaultMessage: 'Tiếp tục lượt làm bài đang mở',
  },
  retry: { id: 'mttq-quiz-retry', defaultMessage: 'Làm lại' },
  noAttemptsLeft: {
    id: 'mttq-quiz-no-attempts-left',
    defaultMessage: 'Bạn đã dùng hết số lượt làm bài.',
  },
  questionOf: {
    id: 'mttq-quiz-question-of',
    defaultMessage: 'Câu {n}/{total}',
  },
  chooseOne: { id: 'mttq-quiz-choose-one', defaultMessage: 'Chọn một đáp án.' },
  chooseMany: {
    id: 'mttq-quiz-choose-many',
    defaultMessage: 'Chọn tất cả các đáp án đúng.',
  },
  trueFalse: {
    id: 'mttq-quiz-true-false',
    defaultMessage: 'Chọn Đúng hoặc Sai.',
  },
  timeLeft: { id: 'mttq-quiz-time-left', defaultMessage: 'Thời gian còn lại' },
  oneMinute: {
    id: 'mttq-quiz-one-minute',
    defaultMessage: 'Còn 1 phút. Bài làm sẽ được nộp tự động khi hết giờ.',
  },
  timeUp: {
    id: 'mttq-quiz-time-up',
    defaultMessage: 'Hết giờ: bài làm đã được nộp tự động.',
  },
  answered: {
    id: 'mttq-quiz-answered',
    defaultMessage: 'Đã trả lời {count}/{total} câu',
  },
  unanswered: {
    id: 'mttq-quiz-unanswered',
    defaultMessage:
      'Còn {count} câu chưa trả lời. Câu chưa trả lời được tính là sai. Vẫn nộp bài?',
  },
  submit: { id: 'mttq-quiz-submit', defaultMessage: 'Nộp bài' },
  submitting: { id: 'mttq-quiz-submitting', defaultMessage: 'Đang chấm bài…' },
  result: { id: 'mttq-quiz-result', defaultMessage: 'Kết quả' },
  score: {
    id: 'mttq-quiz-score',
    defaultMessage: 'Điểm: {score}% ({right}/{total} câu đúng)',
  },
  passed: { id: 'mttq-quiz-passed', defaultMessage: 'Đạt' },
  failed: { id: 'mttq-quiz-failed', defaultMessage: 'Chưa đạt' },
  late: {
    id: 'mttq-quiz-late',
    defaultMessage: 'Bài làm nộp sau khi hết giờ nên không được tính điểm.',
  },
  attemptsLeft: {
    id: 'mttq-quiz-attempts-left',
    defaultMessage: 'Còn {left} lượt làm bài.',
  },
  review: { id: 'mttq-quiz-review', defaultMessage: 'Xem lại bài làm' },
  yourAnswer: { id: 'mttq-quiz-your-answer', defaultMessage: 'bạn đã chọn' },
  correctAnswer: { id: 'mttq-quiz-correct-answer', defaultMessage: 'đáp án đúng' },
  right: { id: 'mttq-quiz-right', defaultMessage: 'Đúng' },
  wrong: { id: 'mttq-quiz-wrong', defaultMessage: 'Sai' },
  explanation: { id: 'mttq-quiz-explanation', defaultMessage: 'Giải thích' },
  questionsPool: {
    id: 'mttq-quiz-pool',
    defaultMessage: 'Ngân hàng câu hỏi (chỉ người biên soạn thấy)',
  },
});
