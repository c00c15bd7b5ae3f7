from django.db import connection
from django.http import JsonResponse


def health(request):
    """Load-balancer health check: answers 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})
