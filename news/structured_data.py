"""schema.org NewsArticle (an OpinionNewsArticle for expert viewpoints)."""


def article_data(page, request):
    data = {
        "@context": "https://schema.org",
        "@type": "OpinionNewsArticle" if page.kind == page.Kind.VIEWPOINT else "NewsArticle",
        "headline": page.title[:110],
        "description": page.summary,
        "url": page.get_full_url(request),
        "datePublished": page.date.isoformat(),
        "inLanguage": page.locale.language_code,
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.author_name:
        data["author"] = {"@type": "Person", "name": page.author_name}
        if page.author_role:
            data["author"]["jobTitle"] = page.author_role
    return data
