// Names of widely used PyPI and npm packages: what a typosquat imitates. Lower case.
export const POPULAR_PACKAGES: ReadonlySet<string> = new Set([
  // PyPI
  "requests", "urllib3", "numpy", "pandas", "python-dateutil", "setuptools", "django", "flask", "pyyaml", "boto3", "botocore",
  "cryptography", "colorama", "beautifulsoup4", "matplotlib", "scipy", "pillow", "jinja2", "click", "certifi", "idna",
  "charset-normalizer", "packaging", "pytest", "tensorflow", "torch", "scikit-learn", "selenium", "paramiko", "pydantic",
  "fastapi", "uvicorn", "sqlalchemy", "psycopg2", "psycopg2-binary", "redis", "celery", "httpx", "aiohttp", "openai",
  "pyjwt", "lxml", "openpyxl", "python-dotenv", "pyopenssl", "tqdm", "rich", "typer", "attrs", "protobuf", "grpcio",
  "virtualenv", "wheel", "pip", "docutils", "markdown", "pymongo", "mysqlclient", "pycryptodome", "bcrypt", "gunicorn",
  // npm
  "lodash", "express", "react", "react-dom", "axios", "chalk", "commander", "moment", "debug", "webpack", "typescript",
  "eslint", "dotenv", "cross-env", "electron", "jquery", "underscore", "async", "uuid", "colors", "node-fetch",
  "discord.js", "mongoose", "body-parser", "cookie-parser", "jsonwebtoken", "bcryptjs", "nodemon", "prettier", "vue",
  "next", "babel-core", "@babel/core", "yargs", "minimist", "glob", "rimraf", "mkdirp", "semver", "ws", "socket.io",
  "request", "coffee-script", "ethers", "web3",
]);
