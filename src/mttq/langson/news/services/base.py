from mttq.langson.news.categories import CategoryError
from mttq.langson.news.proposals import ProposalError
from mttq.langson.rest import InputError
from mttq.langson.rest import JsonWriteService


# Bad input found by the services themselves (the actions raise their own).
BadInput = InputError


class WriteService(JsonWriteService):
    """JSON body in, 400 with a Vietnamese message (and nothing stored) on bad input."""

    errors = (InputError, CategoryError, ProposalError)
