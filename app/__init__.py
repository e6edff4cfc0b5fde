"""Smart City Secretariat: registers and meetings of Thailand's Smart City committees."""

__version__ = "0.1.0"
APP_NAME = "smartcity-secretariat"
ORG_NAME = "depa-tsco"
