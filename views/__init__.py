"""Dashboard panels: each renders a statements DataFrame and returns nothing.

Chart builders (``views.charts``) return plotly figures and are testable without a browser.
"""
