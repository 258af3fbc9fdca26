"""Find organisations, people, places, activities and figures in Vietnamese reports."""
