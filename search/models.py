from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """An index change the search engine could not take (it was down or refused it). The
    database keeps it until a retry succeeds, so publishing never loses a change."""

    backend = models.CharField(_("search backend"), max_length=64)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    remove = models.BooleanField(_("remove from the index"), default=False)
    attempts = models.PositiveIntegerField(default=1)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pending search index update")
        constraints = [
            models.UniqueConstraint(
                fields=["backend", "content_type", "object_id"],
                name="one_pending_update_per_object",
            )
        ]

    def __str__(self):
        return f"{self.backend}: {self.content_type.model} {self.object_id}"


class PageFacet(models.Model):
    """One facet value of a page (``search.facets``), for the database search: it narrows and
    counts results with these rows, as the engine does with its documents' fields."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    facet = models.CharField(max_length=16)
    value = models.CharField(max_length=80)

    class Meta:
        indexes = [models.Index(fields=["facet", "value"])]
        constraints = [
            models.UniqueConstraint(fields=["page", "facet", "value"], name="one_row_per_value")
        ]

    def __str__(self):
        return f"{self.page_id} {self.facet}={self.value}"
