"""FastAPI dependencies: the repository and the store of the running app."""

from fastapi import Request

from kg.repository import Repository
from kg.store import Store


def get_repo(request: Request) -> Repository:
    return request.app.state.repo


def get_store(request: Request) -> Store:
    return request.app.state.store
