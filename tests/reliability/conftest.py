"""Property tests stay small and quick in CI: few examples, no per-example deadline, no example database.

``DEREK_HYPOTHESIS_EXAMPLES`` raises the number of examples for a longer local run.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "derek-ci",
    max_examples=int(os.environ.get("DEREK_HYPOTHESIS_EXAMPLES", "30")),
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
settings.load_profile("derek-ci")
