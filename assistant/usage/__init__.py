"""Usage of the assistant: the question log (SQLite, in the data folder) and the report read from it."""

from .question_log import FRONT_ENDS, FeedbackUnavailable, LoggedQuestion, QuestionLog, mask_personal_data
from .report import UsageReport, build_report, parse_day, write_csv

__all__ = ["FRONT_ENDS", "FeedbackUnavailable", "LoggedQuestion", "QuestionLog", "UsageReport", "build_report",
           "mask_personal_data", "parse_day", "write_csv"]
