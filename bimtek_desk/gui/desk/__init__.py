"""The check-in desk screen: the one a volunteer stares at for two hours."""
