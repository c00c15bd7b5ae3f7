"""Service-backed tests skip locally with a one-line reason, and fail in CI, where every
service must be there."""

import os

import pytest

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_service(available, reason):
    if available:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI must provide it)", pytrace=False)
    pytest.skip(reason)
