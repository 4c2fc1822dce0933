"""京区对比: Beijing district comparison from narrative Chinese policy documents."""

__version__ = "0.1.0"
