"""Sample data from the public record (the news item of meeting 1/2564 and ../shared/reference)."""
