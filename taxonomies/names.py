"""Term names in the reader's language, without a query per term: one cached map per locale
({model label: {slug: name}}), rebuilt when any term changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from cms.core.versioned_cache import VersionedCache
from taxonomies.models import Term

NAMES = VersionedCache("taxonomy-names")


def _term_models():
    return Term.__subclasses__()


def term_names(language_code):
    def compute():
        return {
            model._meta.label_lower: dict(
                model.objects.filter(locale__language_code=language_code).values_list(
                    "slug", "name"
                )
            )
            for model in _term_models()
        }

    return NAMES.get_or_compute(language_code, compute)


@receiver(post_save)
@receiver(post_delete)
def _forget_names(sender, **kwargs):
    if issubclass(sender, Term):
        NAMES.forget_all()
