"""Cached values that one call invalidates as a whole: a version counter kept in the cache
itself, so every web process sharing the cache (Redis in production) sees the change."""

from django.core.cache import cache


class VersionedCache:
    def __init__(self, namespace, timeout=60 * 60):
        self.namespace = namespace
        self.timeout = timeout
        self.version_key = f"{namespace}:version"

    def get_or_compute(self, key, compute):
        version = cache.get_or_set(self.version_key, 1, None)
        full_key = f"{self.namespace}:{version}:{key}"
        value = cache.get(full_key)
        if value is None:
            value = compute()
            cache.set(full_key, value, self.timeout)
        return value

    def forget_all(self, **signal_kwargs):
        try:
            cache.incr(self.version_key)
        except ValueError:  # no version yet: nothing cached to forget
            cache.set(self.version_key, 1, None)
