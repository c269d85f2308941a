export const GET_UNITS = 'MTTQ_GET_UNITS';

// Name of the backend behaviour holding a unit's interface settings, read
// through plone.restapi's @inherit expander.
export const INTERFACE_BEHAVIOR = 'mttq.interface';

// The Front's own palette: used when a unit sets no colours (or no backend
// data could be read).
export const DEFAULT_INTERFACE = {
  short_name: 'MTTQ tỉnh Lạng Sơn',
  primary_color: '#b71c1c',
  secondary_color: '#f9a825',
  logo: null,
  banner: null,
  footer_address: '',
  footer_phone: '',
  footer_email: '',
  footer_links: [],
};

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Documents registry (backend @registry) and signature reports (@signatures).
export const GET_REGISTRY = 'MTTQ_GET_REGISTRY';
export const GET_SIGNATURES = 'MTTQ_GET_SIGNATURES';

// Courses (backend mttq.langson.courses).
export const GET_MY_LEARNING = 'MTTQ_GET_MY_LEARNING';
export const VERIFY_CERTIFICATE = 'MTTQ_VERIFY_CERTIFICATE';

// Citizens' feedback: monthly statistics per unit (backend @feedback-stats).
export const GET_FEEDBACK_STATS = 'MTTQ_GET_FEEDBACK_STATS';

// Intranet: the training materials library (backend @materials).
export const GET_MATERIALS = 'MTTQ_GET_MATERIALS';
// Completion dashboard (backend @completion): summary and a unit's cadres.
export const GET_COMPLETION = 'MTTQ_GET_COMPLETION';
export const GET_COMPLETION_UNIT = 'MTTQ_GET_COMPLETION_UNIT';
// Course player (backend @course-outline, @complete, @enrol, @attempt).
export const GET_COURSE_OUTLINE = 'MTTQ_GET_COURSE_OUTLINE';
export const ENROL_COURSE = 'MTTQ_ENROL_COURSE';
export const COMPLETE_LESSON = 'MTTQ_COMPLETE_LESSON';
export const GET_QUIZ_ATTEMPTS = 'MTTQ_GET_QUIZ_ATTEMPTS';
export const START_QUIZ_ATTEMPT = 'MTTQ_START_QUIZ_ATTEMPT';
export const SUBMIT_QUIZ_ATTEMPT = 'MTTQ_SUBMIT_QUIZ_ATTEMPT';
