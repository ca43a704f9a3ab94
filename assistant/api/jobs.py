"""Index refreshes started over HTTP run as jobs: the request gets a job id at once (202), the job's
progress and report are read later; one refresh at a time, a second request gets the running job."""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field

from assistant.core import Assistant
from assistant.errors import AssistantError
from assistant.models import IngestReport

KEPT_JOBS = 20  # finished jobs remembered for GET /v1/admin/jobs/{id}


@dataclass
class RefreshJob:
    """One refresh: its state ("en cours", "terminé", "échoué"), progress, report or French error."""

    id: str
    started: float
    state: str = "en cours"
    stage: str = ""
    done: int = 0
    total: int = 0
    finished: float | None = None
    report: IngestReport | None = None
    error: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def to_dict(self) -> dict:
        with self._lock:
            return {
                "id": self.id, "state": self.state,
                "progress": {"stage": self.stage, "done": self.done, "total": self.total},
                "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.started)),
                "finished": (time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.finished))
                             if self.finished else None),
                "report": self.report.to_dict() if self.report else None,
                "error": self.error,
            }

    def progress(self, stage: str, done: int, total: int) -> None:
        with self._lock:
            self.stage, self.done, self.total = stage, done, total


class RefreshJobs:
    """The jobs of one server process; `start` runs a refresh in a thread unless one is running."""

    def __init__(self, assistant: Assistant):
        self.assistant = assistant
        self._jobs: dict[str, RefreshJob] = {}
        self._running: RefreshJob | None = None
        self._lock = threading.Lock()

    def start(self) -> tuple[RefreshJob, bool]:
        """(the job, whether it was started now): a refresh already running is returned as it is."""
        with self._lock:
            if self._running is not None:
                return self._running, False
            job = RefreshJob(uuid.uuid4().hex[:12], time.time())
            self._running = job
            self._jobs[job.id] = job
            for old in list(self._jobs)[:-KEPT_JOBS]:
                del self._jobs[old]
        threading.Thread(target=self._run, args=(job,), name=f"refresh-{job.id}", daemon=True).start()
        return job, True

    def get(self, job_id: str) -> RefreshJob | None:
        return self._jobs.get(job_id)

    def running(self) -> RefreshJob | None:
        """The refresh running now, if any (the admin page follows it after a reload)."""
        return self._running

    def _run(self, job: RefreshJob) -> None:
        report, error = None, None
        try:
            report = self.assistant.refresh(progress=job.progress)
        except AssistantError as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - reported in the job, never lost in a thread
            error = f"La mise à jour a échoué : {exc}"
        finally:
            with job._lock:  # state, result and end time change together
                job.report, job.error, job.finished = report, error, time.time()
                job.state = "échoué" if report is None else "terminé"
            with self._lock:
                self._running = None
