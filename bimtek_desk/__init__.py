"""bimtek-desk: registration desk and certificate table for Indonesian government trainings."""

__version__ = "0.1.0"
