"""Course types: Course → CourseModule → Lesson / Quiz → Question.

A question's correct answers and explanation carry a read permission that
learners never have (``cmf.ModifyPortalContent``): every plone.restapi door
(GET, @search fullobjects, @querystring-search, expansions) and the classic
display forms honour it, so answers only reach course editors. Learners get
questions through ``@attempt``, which builds its own answer-free JSON.
"""

from mttq.langson import _
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


COURSE = "Course"
MODULE = "CourseModule"
LESSON = "Lesson"
QUIZ = "Quiz"
QUESTION = "Question"
COURSE_TYPES = (COURSE, MODULE, LESSON, QUIZ, QUESTION)

SINGLE = "single"
MULTIPLE = "multiple"
TRUEFALSE = "truefalse"
# The two choices of a true/false question, in this order (answer 1 = true).
TRUEFALSE_CHOICES = ("Đúng", "Sai")

question_kinds = SimpleVocabulary([
    SimpleTerm(SINGLE, SINGLE, _("Single choice")),
    SimpleTerm(MULTIPLE, MULTIPLE, _("Multiple choice")),
    SimpleTerm(TRUEFALSE, TRUEFALSE, _("True / false")),
])


class ICourse(model.Schema):
    mandatory_units = schema.List(
        title=_("Mandatory for units"),
        description=_("Codes of the units whose cadres must take this course (enrolled automatically)."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )
    mandatory_groups = schema.List(
        title=_("Mandatory for groups"),
        description=_("Ids of user groups whose members must take this course."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )
    self_enrolment = schema.Bool(
        title=_("Self-enrolment allowed"),
        default=True,
        required=False,
    )
    allow_review = schema.Bool(
        title=_("Learners see corrections after an attempt"),
        default=True,
        required=False,
    )
    certificate = schema.Bool(
        title=_("Certificate on completion"),
        default=True,
        required=False,
    )


@implementer(ICourse)
class Course(Container):
    """A course; its modules are inside it."""


class ICourseModule(model.Schema):
    """A module only groups lessons and quizzes (title and description)."""


@implementer(ICourseModule)
class CourseModule(Container):
    pass


class ILesson(model.Schema):
    text = RichText(title=_("Lesson text"), required=False)
    video = NamedBlobFile(title=_("Video file"), required=False)
    video_url = schema.URI(title=_("Video link"), required=False)
    required = schema.Bool(
        title=_("Required for completion"),
        default=True,
        required=False,
    )


@implementer(ILesson)
class Lesson(Container):
    """A lesson; its attachments are File items inside it."""


class IQuiz(model.Schema):
    pass_mark = schema.Int(
        title=_("Pass mark (%)"),
        min=0,
        max=100,
        default=80,
        required=True,
    )
    max_attempts = schema.Int(
        title=_("Attempt limit"),
        description=_("0: no limit."),
        min=0,
        default=3,
        required=True,
    )
    time_limit_minutes = schema.Int(
        title=_("Time limit (minutes)"),
        description=_("0: no time limit."),
        min=0,
        default=0,
        required=True,
    )
    draw_count = schema.Int(
        title=_("Questions drawn per attempt"),
        description=_("0: every question of the pool."),
        min=0,
        default=0,
        required=True,
    )
    required = schema.Bool(
        title=_("Required for completion"),
        default=True,
        required=False,
    )


@implementer(IQuiz)
class Quiz(Container):
    """A quiz; its Question items are the pool."""


def _check_answers(data):
    kind = data.kind
    correct = list(data.correct or [])
    count = 2 if kind == TRUEFALSE else len(data.choices or [])
    if kind != TRUEFALSE and count < 2:
        raise Invalid(_("A question needs at least two choices."))
    if not correct:
        raise Invalid(_("Give the number of at least one correct answer."))
    if any(n < 1 or n > count for n in correct):
        raise Invalid(_("A correct answer number is not one of the choices."))
    if kind in (SINGLE, TRUEFALSE) and len(correct) != 1:
        raise Invalid(_("This kind of question has exactly one correct answer."))


class IQuestion(model.Schema):
    kind = schema.Choice(
        title=_("Kind of question"),
        vocabulary=question_kinds,
        default=SINGLE,
        required=True,
    )
    choices = schema.List(
        title=_("Choices"),
        description=_("One choice per line (not used for true/false questions)."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )
    correct = schema.List(
        title=_("Correct answers"),
        description=_("Numbers of the correct choices, from 1 (true/false: 1 = true, 2 = false)."),
        value_type=schema.Int(min=1),
        required=True,
        default=[],
    )
    explanation = schema.Text(title=_("Explanation shown in the review"), required=False)
    directives.read_permission(correct="cmf.ModifyPortalContent", explanation="cmf.ModifyPortalContent")

    invariant(_check_answers)


@implementer(IQuestion)
class Question(Item):
    def choice_labels(self):
        if self.kind == TRUEFALSE:
            return list(TRUEFALSE_CHOICES)
        return list(self.choices or [])
