"""Single sign-on for member accounts, configured from the environment only."""


def single_sign_on_providers(*, provider_id, name, server_url, client_id, secret):
    """django-allauth's provider settings for one OpenID Connect provider (e.g. EU Login), or
    none when ``provider_id`` is empty: nothing external is needed to run the site."""
    if not provider_id:
        return {}
    return {
        "openid_connect": {
            "OAUTH_PKCE_ENABLED": True,
            "APPS": [
                {
                    "provider_id": provider_id,
                    "name": name or provider_id,
                    "client_id": client_id,
                    "secret": secret,
                    "settings": {"server_url": server_url},
                }
            ],
        }
    }
