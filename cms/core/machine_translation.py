"""Workaround for an upstream gap: wagtail-localize's DeepL translator hard-codes DeepL's two
hosts, so a deployment cannot go through a proxy or a DeepL-compatible service, and tests cannot
use a local server. This subclass takes the address from an ``API_URL`` option.
``test_machine_translation`` fails once upstream accepts an address of its own."""

from wagtail_localize.machine_translators.deepl import DeepLTranslator as UpstreamDeepLTranslator


class DeepLTranslator(UpstreamDeepLTranslator):
    def get_api_endpoint(self):
        return self.options.get("API_URL") or super().get_api_endpoint()
