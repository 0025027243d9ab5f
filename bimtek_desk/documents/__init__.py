"""Certificates and award plaques: layouts as data, variables, rendering, issuing."""
