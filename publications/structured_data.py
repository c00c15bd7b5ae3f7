"""schema.org description of a publication: a Book when it has an ISBN, otherwise a Report."""

from django.utils.translation import get_language

from taxonomies.names import term_names


def publication_data(page, request):
    topics = term_names(get_language()).get("taxonomies.topic", {})
    data = {
        "@context": "https://schema.org",
        "@type": "Book" if page.isbn else "Report",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "datePublished": page.publication_date.isoformat(),
        "copyrightYear": page.year,
        "publisher": {"@type": "Organization", "name": page.publisher},
        "about": [topics.get(topic.slug, topic.name) for topic in page.topics.all()],
        "inLanguage": [file.language for file in page.files.all()],
    }
    if page.author_list:
        data["author"] = [{"@type": "Person", "name": name} for name in page.author_list]
    if page.isbn:
        data["isbn"] = page.isbn
    if page.doi:
        data["sameAs"] = page.doi_url
    return data
