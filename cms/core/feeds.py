"""RSS 2.0 and Atom feeds of an index page's newest children, in the page's language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

FEED_LENGTH = 20


class LatestPagesFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index):
        return index.title

    def link(self, index):
        return index.get_full_url(self.request)

    def description(self, index):
        return index.introduction or index.search_description

    def items(self, index):
        return index.feed_items()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.card_summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_author_name(self, item):
        return getattr(item, "author_name", "") or None


class LatestPagesAtomFeed(LatestPagesFeed):
    feed_type = Atom1Feed
    subtitle = LatestPagesFeed.description


class FeedsMixin(RoutablePageMixin):
    """Serves ``feed/rss/`` and ``feed/atom/`` from ``feed_items()``, newest first."""

    def feed_items(self):
        raise NotImplementedError

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return LatestPagesFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return LatestPagesAtomFeed(self)(request)
